/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.CohortMember;
import org.opensabt.model.Covariate;
import org.opensabt.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cohort Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.CohortMemberImpl#getPatientId <em>Patient Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.CohortMemberImpl#getCentre <em>Centre</em>}</li>
 *   <li>{@link org.opensabt.model.impl.CohortMemberImpl#getCaseFolder <em>Case Folder</em>}</li>
 *   <li>{@link org.opensabt.model.impl.CohortMemberImpl#getCovariates <em>Covariates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CohortMemberImpl extends MinimalEObjectImpl.Container implements CohortMember {
	/**
	 * The default value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected static final String PATIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatientId() <em>Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientId()
	 * @generated
	 * @ordered
	 */
	protected String patientId = PATIENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCentre() <em>Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentre()
	 * @generated
	 * @ordered
	 */
	protected static final String CENTRE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCentre() <em>Centre</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentre()
	 * @generated
	 * @ordered
	 */
	protected String centre = CENTRE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseFolder() <em>Case Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseFolder() <em>Case Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseFolder()
	 * @generated
	 * @ordered
	 */
	protected String caseFolder = CASE_FOLDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCovariates() <em>Covariates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovariates()
	 * @generated
	 * @ordered
	 */
	protected EList<Covariate> covariates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CohortMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.COHORT_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatientId() {
		return patientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientId(String newPatientId) {
		String oldPatientId = patientId;
		patientId = newPatientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COHORT_MEMBER__PATIENT_ID, oldPatientId, patientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCentre() {
		return centre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentre(String newCentre) {
		String oldCentre = centre;
		centre = newCentre;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COHORT_MEMBER__CENTRE, oldCentre, centre));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseFolder() {
		return caseFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseFolder(String newCaseFolder) {
		String oldCaseFolder = caseFolder;
		caseFolder = newCaseFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.COHORT_MEMBER__CASE_FOLDER, oldCaseFolder, caseFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Covariate> getCovariates() {
		if (covariates == null) {
			covariates = new EObjectContainmentEList<Covariate>(Covariate.class, this, ModelPackage.COHORT_MEMBER__COVARIATES);
		}
		return covariates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.COHORT_MEMBER__COVARIATES:
				return ((InternalEList<?>)getCovariates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.COHORT_MEMBER__PATIENT_ID:
				return getPatientId();
			case ModelPackage.COHORT_MEMBER__CENTRE:
				return getCentre();
			case ModelPackage.COHORT_MEMBER__CASE_FOLDER:
				return getCaseFolder();
			case ModelPackage.COHORT_MEMBER__COVARIATES:
				return getCovariates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.COHORT_MEMBER__PATIENT_ID:
				setPatientId((String)newValue);
				return;
			case ModelPackage.COHORT_MEMBER__CENTRE:
				setCentre((String)newValue);
				return;
			case ModelPackage.COHORT_MEMBER__CASE_FOLDER:
				setCaseFolder((String)newValue);
				return;
			case ModelPackage.COHORT_MEMBER__COVARIATES:
				getCovariates().clear();
				getCovariates().addAll((Collection<? extends Covariate>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.COHORT_MEMBER__PATIENT_ID:
				setPatientId(PATIENT_ID_EDEFAULT);
				return;
			case ModelPackage.COHORT_MEMBER__CENTRE:
				setCentre(CENTRE_EDEFAULT);
				return;
			case ModelPackage.COHORT_MEMBER__CASE_FOLDER:
				setCaseFolder(CASE_FOLDER_EDEFAULT);
				return;
			case ModelPackage.COHORT_MEMBER__COVARIATES:
				getCovariates().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.COHORT_MEMBER__PATIENT_ID:
				return PATIENT_ID_EDEFAULT == null ? patientId != null : !PATIENT_ID_EDEFAULT.equals(patientId);
			case ModelPackage.COHORT_MEMBER__CENTRE:
				return CENTRE_EDEFAULT == null ? centre != null : !CENTRE_EDEFAULT.equals(centre);
			case ModelPackage.COHORT_MEMBER__CASE_FOLDER:
				return CASE_FOLDER_EDEFAULT == null ? caseFolder != null : !CASE_FOLDER_EDEFAULT.equals(caseFolder);
			case ModelPackage.COHORT_MEMBER__COVARIATES:
				return covariates != null && !covariates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (patientId: ");
		result.append(patientId);
		result.append(", centre: ");
		result.append(centre);
		result.append(", caseFolder: ");
		result.append(caseFolder);
		result.append(')');
		return result.toString();
	}

} //CohortMemberImpl
