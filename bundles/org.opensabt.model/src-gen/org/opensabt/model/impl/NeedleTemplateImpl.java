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

import org.opensabt.model.GuideHole;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.Plan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Needle Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.NeedleTemplateImpl#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleTemplateImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleTemplateImpl#getThicknessMm <em>Thickness Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleTemplateImpl#getStlFile <em>Stl File</em>}</li>
 *   <li>{@link org.opensabt.model.impl.NeedleTemplateImpl#getGuideHoles <em>Guide Holes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeedleTemplateImpl extends MinimalEObjectImpl.Container implements NeedleTemplate {
	/**
	 * The default value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected String templateId = TEMPLATE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan plan;

	/**
	 * The default value of the '{@link #getThicknessMm() <em>Thickness Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThicknessMm()
	 * @generated
	 * @ordered
	 */
	protected static final double THICKNESS_MM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThicknessMm() <em>Thickness Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThicknessMm()
	 * @generated
	 * @ordered
	 */
	protected double thicknessMm = THICKNESS_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStlFile() <em>Stl File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStlFile()
	 * @generated
	 * @ordered
	 */
	protected static final String STL_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStlFile() <em>Stl File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStlFile()
	 * @generated
	 * @ordered
	 */
	protected String stlFile = STL_FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGuideHoles() <em>Guide Holes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuideHoles()
	 * @generated
	 * @ordered
	 */
	protected EList<GuideHole> guideHoles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeedleTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.NEEDLE_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateId() {
		return templateId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateId(String newTemplateId) {
		String oldTemplateId = templateId;
		templateId = newTemplateId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NEEDLE_TEMPLATE__TEMPLATE_ID, oldTemplateId, templateId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getPlan() {
		if (plan != null && plan.eIsProxy()) {
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (Plan)eResolveProxy(oldPlan);
			if (plan != oldPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.NEEDLE_TEMPLATE__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Plan newPlan) {
		Plan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NEEDLE_TEMPLATE__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThicknessMm() {
		return thicknessMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThicknessMm(double newThicknessMm) {
		double oldThicknessMm = thicknessMm;
		thicknessMm = newThicknessMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NEEDLE_TEMPLATE__THICKNESS_MM, oldThicknessMm, thicknessMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStlFile() {
		return stlFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStlFile(String newStlFile) {
		String oldStlFile = stlFile;
		stlFile = newStlFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NEEDLE_TEMPLATE__STL_FILE, oldStlFile, stlFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GuideHole> getGuideHoles() {
		if (guideHoles == null) {
			guideHoles = new EObjectContainmentEList<GuideHole>(GuideHole.class, this, ModelPackage.NEEDLE_TEMPLATE__GUIDE_HOLES);
		}
		return guideHoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.NEEDLE_TEMPLATE__GUIDE_HOLES:
				return ((InternalEList<?>)getGuideHoles()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.NEEDLE_TEMPLATE__TEMPLATE_ID:
				return getTemplateId();
			case ModelPackage.NEEDLE_TEMPLATE__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case ModelPackage.NEEDLE_TEMPLATE__THICKNESS_MM:
				return getThicknessMm();
			case ModelPackage.NEEDLE_TEMPLATE__STL_FILE:
				return getStlFile();
			case ModelPackage.NEEDLE_TEMPLATE__GUIDE_HOLES:
				return getGuideHoles();
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
			case ModelPackage.NEEDLE_TEMPLATE__TEMPLATE_ID:
				setTemplateId((String)newValue);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__PLAN:
				setPlan((Plan)newValue);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__THICKNESS_MM:
				setThicknessMm((Double)newValue);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__STL_FILE:
				setStlFile((String)newValue);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__GUIDE_HOLES:
				getGuideHoles().clear();
				getGuideHoles().addAll((Collection<? extends GuideHole>)newValue);
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
			case ModelPackage.NEEDLE_TEMPLATE__TEMPLATE_ID:
				setTemplateId(TEMPLATE_ID_EDEFAULT);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__PLAN:
				setPlan((Plan)null);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__THICKNESS_MM:
				setThicknessMm(THICKNESS_MM_EDEFAULT);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__STL_FILE:
				setStlFile(STL_FILE_EDEFAULT);
				return;
			case ModelPackage.NEEDLE_TEMPLATE__GUIDE_HOLES:
				getGuideHoles().clear();
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
			case ModelPackage.NEEDLE_TEMPLATE__TEMPLATE_ID:
				return TEMPLATE_ID_EDEFAULT == null ? templateId != null : !TEMPLATE_ID_EDEFAULT.equals(templateId);
			case ModelPackage.NEEDLE_TEMPLATE__PLAN:
				return plan != null;
			case ModelPackage.NEEDLE_TEMPLATE__THICKNESS_MM:
				return thicknessMm != THICKNESS_MM_EDEFAULT;
			case ModelPackage.NEEDLE_TEMPLATE__STL_FILE:
				return STL_FILE_EDEFAULT == null ? stlFile != null : !STL_FILE_EDEFAULT.equals(stlFile);
			case ModelPackage.NEEDLE_TEMPLATE__GUIDE_HOLES:
				return guideHoles != null && !guideHoles.isEmpty();
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
		result.append(" (templateId: ");
		result.append(templateId);
		result.append(", thicknessMm: ");
		result.append(thicknessMm);
		result.append(", stlFile: ");
		result.append(stlFile);
		result.append(')');
		return result.toString();
	}

} //NeedleTemplateImpl
