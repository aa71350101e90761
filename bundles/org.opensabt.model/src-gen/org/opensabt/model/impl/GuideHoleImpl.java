/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.GuideHole;
import org.opensabt.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Guide Hole</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.GuideHoleImpl#getHoleId <em>Hole Id</em>}</li>
 *   <li>{@link org.opensabt.model.impl.GuideHoleImpl#getCenterMm <em>Center Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.GuideHoleImpl#getDirectionUnit <em>Direction Unit</em>}</li>
 *   <li>{@link org.opensabt.model.impl.GuideHoleImpl#getDiameterMm <em>Diameter Mm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GuideHoleImpl extends MinimalEObjectImpl.Container implements GuideHole {
	/**
	 * The default value of the '{@link #getHoleId() <em>Hole Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoleId()
	 * @generated
	 * @ordered
	 */
	protected static final String HOLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHoleId() <em>Hole Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoleId()
	 * @generated
	 * @ordered
	 */
	protected String holeId = HOLE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCenterMm() <em>Center Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> centerMm;

	/**
	 * The cached value of the '{@link #getDirectionUnit() <em>Direction Unit</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionUnit()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> directionUnit;

	/**
	 * The default value of the '{@link #getDiameterMm() <em>Diameter Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiameterMm()
	 * @generated
	 * @ordered
	 */
	protected static final double DIAMETER_MM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiameterMm() <em>Diameter Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiameterMm()
	 * @generated
	 * @ordered
	 */
	protected double diameterMm = DIAMETER_MM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GuideHoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.GUIDE_HOLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHoleId() {
		return holeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoleId(String newHoleId) {
		String oldHoleId = holeId;
		holeId = newHoleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GUIDE_HOLE__HOLE_ID, oldHoleId, holeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getCenterMm() {
		if (centerMm == null) {
			centerMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.GUIDE_HOLE__CENTER_MM);
		}
		return centerMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getDirectionUnit() {
		if (directionUnit == null) {
			directionUnit = new EDataTypeEList<Double>(Double.class, this, ModelPackage.GUIDE_HOLE__DIRECTION_UNIT);
		}
		return directionUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiameterMm() {
		return diameterMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiameterMm(double newDiameterMm) {
		double oldDiameterMm = diameterMm;
		diameterMm = newDiameterMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GUIDE_HOLE__DIAMETER_MM, oldDiameterMm, diameterMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.GUIDE_HOLE__HOLE_ID:
				return getHoleId();
			case ModelPackage.GUIDE_HOLE__CENTER_MM:
				return getCenterMm();
			case ModelPackage.GUIDE_HOLE__DIRECTION_UNIT:
				return getDirectionUnit();
			case ModelPackage.GUIDE_HOLE__DIAMETER_MM:
				return getDiameterMm();
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
			case ModelPackage.GUIDE_HOLE__HOLE_ID:
				setHoleId((String)newValue);
				return;
			case ModelPackage.GUIDE_HOLE__CENTER_MM:
				getCenterMm().clear();
				getCenterMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.GUIDE_HOLE__DIRECTION_UNIT:
				getDirectionUnit().clear();
				getDirectionUnit().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.GUIDE_HOLE__DIAMETER_MM:
				setDiameterMm((Double)newValue);
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
			case ModelPackage.GUIDE_HOLE__HOLE_ID:
				setHoleId(HOLE_ID_EDEFAULT);
				return;
			case ModelPackage.GUIDE_HOLE__CENTER_MM:
				getCenterMm().clear();
				return;
			case ModelPackage.GUIDE_HOLE__DIRECTION_UNIT:
				getDirectionUnit().clear();
				return;
			case ModelPackage.GUIDE_HOLE__DIAMETER_MM:
				setDiameterMm(DIAMETER_MM_EDEFAULT);
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
			case ModelPackage.GUIDE_HOLE__HOLE_ID:
				return HOLE_ID_EDEFAULT == null ? holeId != null : !HOLE_ID_EDEFAULT.equals(holeId);
			case ModelPackage.GUIDE_HOLE__CENTER_MM:
				return centerMm != null && !centerMm.isEmpty();
			case ModelPackage.GUIDE_HOLE__DIRECTION_UNIT:
				return directionUnit != null && !directionUnit.isEmpty();
			case ModelPackage.GUIDE_HOLE__DIAMETER_MM:
				return diameterMm != DIAMETER_MM_EDEFAULT;
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
		result.append(" (holeId: ");
		result.append(holeId);
		result.append(", centerMm: ");
		result.append(centerMm);
		result.append(", directionUnit: ");
		result.append(directionUnit);
		result.append(", diameterMm: ");
		result.append(diameterMm);
		result.append(')');
		return result.toString();
	}

} //GuideHoleImpl
